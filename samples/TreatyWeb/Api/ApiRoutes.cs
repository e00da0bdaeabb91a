using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using Treaties;
using Treaties.Samples;

namespace TreatyWeb.Api;

/// <summary>
/// The HTTP API's routes. Their paths and parameters are fixed: other programs call them. Bad input is a 400 problem
/// whose detail is one sentence; an unknown treaty, state or place is a 404 problem.
/// </summary>
public static class ApiRoutes
{
    /// <summary>Maps every route under <c>/api</c>.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns>The same routes, for chaining.</returns>
    public static IEndpointRouteBuilder MapTreatyApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Treaties");

        api.MapGet("/treaties", (CatalogAnswers answers) => TypedResults.Ok(answers.Treaties()))
            .WithName("Treaties")
            .WithSummary("Every treaty, with its dates and their sources.");

        api.MapGet("/treaties/{id}/members", Results<Ok<MembersAnswer>, ProblemHttpResult> (CatalogAnswers answers, string id, string? date) =>
                Answer(() => answers.Members(answers.Catalog.GetTreaty(id), Day(date))))
            .WithName("Members")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The members of a treaty on a day.");

        api.MapGet("/states/{code}/treaties", Results<Ok<StateTreatiesAnswer>, ProblemHttpResult> (CatalogAnswers answers, string code, string? date) =>
                Answer(() => answers.TreatiesOf(answers.Catalog.GetState(code), Day(date))))
            .WithName("StateTreaties")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The treaties binding a state on a day.");

        api.MapGet("/states/{code}/defenders", Results<Ok<DefendersAnswer>, ProblemHttpResult> (CatalogAnswers answers, string code, string? date, string? place) =>
                Answer(() =>
                {
                    MemberState state = answers.Catalog.GetState(code);
                    LocalDate day = Day(date);
                    return answers.Defenders(state, day, string.IsNullOrEmpty(place) ? null : answers.Catalog.GetPlace(place));
                }))
            .WithName("Defenders")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Who must defend a state on a day, by treaty and article; at home, or at a place such as JP-47 or US-HI.");

        api.MapGet("/allies", Results<Ok<AlliesAnswer>, ProblemHttpResult> (CatalogAnswers answers, string? a, string? b, string? date) =>
                Answer(() =>
                {
                    MemberState first = answers.Catalog.GetState(Required(a, "a", "a state's code, such as USA"));
                    MemberState second = answers.Catalog.GetState(Required(b, "b", "a state's code, such as TWN"));
                    return answers.Allies(first, second, Day(date));
                }))
            .WithName("Allies")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Whether two states were allies on a day, and how they stood under each treaty.");

        api.MapGet("/map", Results<Ok<MapAnswer>, ProblemHttpResult> (CatalogAnswers answers, string? date) =>
                Answer(() => answers.Map(Day(date))))
            .WithName("Map")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Every state in a treaty in force on a day, with its treaties: what the page colours.");

        return app;
    }

    /// <summary>Runs an answer: bad input becomes a 400 problem, an unknown code a 404 problem.</summary>
    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(Func<T> answer)
    {
        try
        {
            return TypedResults.Ok(answer());
        }
        catch (KeyNotFoundException e)
        {
            return TypedResults.Problem(InputText.OneLine(e), statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(InputText.OneLine(e), statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
    }

    private static LocalDate Day(string? date) => InputText.Day(Required(date, "date", "a day written yyyy-MM-dd, such as 2022-09-13"));

    private static string Required(string? value, string name, string what) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The query parameter '{name}' is missing; give {what}.") : value;
}
