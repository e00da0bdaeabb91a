using System;
using System.Collections.Generic;
using System.ComponentModel;
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
    private const string DateHelp = "The day, written yyyy-MM-dd, such as 2022-09-13. Required.";
    private const string StateHelp = "A state's code: ISO 3166-1 alpha-3 such as ARM, or the catalog's own for a former state such as SUN.";
    private const string TreatyHelp = "A treaty's id or alias, in any case: NATO, CSTO, USA-JPN, OTAN, ОДКБ.";
    private const string PlaceHelp = "Optional: a place with its own defence rules, such as JP-47 (Okinawa) or US-HI (Hawaii); without it, the state's home territory.";

    /// <summary>The methods every route answers: HEAD as GET, without the body.</summary>
    public static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps every route under <c>/api</c>.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns>The same routes, for chaining.</returns>
    public static IEndpointRouteBuilder MapTreatyApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Treaties").AddEndpointFilter(DayCaching.Filter);

        api.MapMethods("/treaties", GetOrHead, AllTreaties)
            .WithName("Treaties")
            .WithSummary("Every treaty, with its dates and their sources.");
        api.MapMethods("/treaties/{id}/members", GetOrHead, Members)
            .WithName("Members")
            .WithSummary("The members of a treaty on a day.")
            .ProducesProblems(unknownCodes: true);
        api.MapMethods("/states/{code}/treaties", GetOrHead, StateTreaties)
            .WithName("StateTreaties")
            .WithSummary("The treaties binding a state on a day.")
            .ProducesProblems(unknownCodes: true);
        api.MapMethods("/states/{code}/defenders", GetOrHead, Defenders)
            .WithName("Defenders")
            .WithSummary("Who must defend a state on a day, by treaty and article; at home, or at a place such as JP-47 or US-HI.")
            .ProducesProblems(unknownCodes: true);
        api.MapMethods("/allies", GetOrHead, Allies)
            .WithName("Allies")
            .WithSummary("Whether two states were allies on a day, and how they stood under each treaty.")
            .ProducesProblems(unknownCodes: true);
        api.MapMethods("/map", GetOrHead, Map)
            .WithName("Map")
            .WithSummary("Every state in a treaty in force on a day, with its treaties: what the page colours.")
            .ProducesProblems(unknownCodes: false);
        return app;
    }

    /// <summary>Lists a route's problems in the OpenAPI document: 400 for bad input, and 404 where it takes a code.</summary>
    private static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder route, bool unknownCodes) =>
        unknownCodes
            ? route.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            : route.ProducesProblem(StatusCodes.Status400BadRequest);

    private static Ok<TreatiesAnswer> AllTreaties(CatalogAnswers answers) => TypedResults.Ok(answers.Treaties());

    private static Results<Ok<MembersAnswer>, ProblemHttpResult> Members(
        CatalogAnswers answers, [Description(TreatyHelp)] string id, [Description(DateHelp)] string? date) =>
        Answer(() => answers.Members(answers.Catalog.GetTreaty(id), Day(date)));

    private static Results<Ok<StateTreatiesAnswer>, ProblemHttpResult> StateTreaties(
        CatalogAnswers answers, [Description(StateHelp)] string code, [Description(DateHelp)] string? date) =>
        Answer(() => answers.TreatiesOf(answers.Catalog.GetState(code), Day(date)));

    private static Results<Ok<DefendersAnswer>, ProblemHttpResult> Defenders(
        CatalogAnswers answers, [Description(StateHelp)] string code, [Description(DateHelp)] string? date, [Description(PlaceHelp)] string? place) =>
        Answer(() =>
        {
            MemberState state = answers.Catalog.GetState(code);
            LocalDate day = Day(date);
            return answers.Defenders(state, day, string.IsNullOrEmpty(place) ? null : answers.Catalog.GetPlace(place));
        });

    private static Results<Ok<AlliesAnswer>, ProblemHttpResult> Allies(
        CatalogAnswers answers, [Description(StateHelp)] string? a, [Description(StateHelp)] string? b, [Description(DateHelp)] string? date) =>
        Answer(() =>
        {
            MemberState first = answers.Catalog.GetState(Required(a, "a", "a state's code, such as USA"));
            MemberState second = answers.Catalog.GetState(Required(b, "b", "a state's code, such as TWN"));
            return answers.Allies(first, second, Day(date));
        });

    private static Results<Ok<MapAnswer>, ProblemHttpResult> Map(CatalogAnswers answers, [Description(DateHelp)] string? date) =>
        Answer(() => answers.Map(Day(date)));

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

    private static LocalDate Day(string? date) => InputWords.Day(Required(date, "date", "a day written yyyy-MM-dd, such as 2022-09-13"));

    private static string Required(string? value, string name, string what) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The query parameter '{name}' is missing; give {what}.") : value;
}
