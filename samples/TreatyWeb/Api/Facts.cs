using System.Collections.Generic;
using Treaties;

namespace TreatyWeb.Api;

/// <summary>A day with its provenance: the sources behind it, whether it is confirmed, and what other sources say.</summary>
/// <param name="Date">The day, written yyyy-MM-dd.</param>
/// <param name="Confirmed">False where no official or scholarly source confirms the day.</param>
/// <param name="Disputed">True where sources disagree on the day; <paramref name="OtherDates"/> lists what they say.</param>
/// <param name="OtherDates">The days other sources give, each with its sources.</param>
/// <param name="Sources">The sources that give <paramref name="Date"/>.</param>
/// <param name="Note">What the data says about the day, if anything.</param>
public sealed record DateFact(string Date, bool Confirmed, bool Disputed, IReadOnlyList<OtherDate> OtherDates, IReadOnlyList<SourceRef> Sources, string? Note);

/// <summary>A day another source gives for a fact.</summary>
/// <param name="Date">The day, written yyyy-MM-dd.</param>
/// <param name="Sources">The sources that give it.</param>
/// <param name="Note">Why it differs, if the data says.</param>
public sealed record OtherDate(string Date, IReadOnlyList<SourceRef> Sources, string? Note);

/// <summary>A source the catalog cites.</summary>
/// <param name="Id">The catalog's id of the source.</param>
/// <param name="Title">Its title.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Url">Where to read it.</param>
/// <param name="Kind">What kind of source it is: Official, Scholarly, Dataset, News or Other.</param>
public sealed record SourceRef(string Id, string Title, string Publisher, string Url, SourceKind Kind);

/// <summary>A state, by its code and the name people use in English.</summary>
/// <param name="Code">The catalog's code: ISO 3166-1 alpha-3, or the catalog's own for states ISO does not list.</param>
/// <param name="Name">The name people use ("South Korea").</param>
/// <param name="OfficialName">The name the catalog records ("Korea, Republic of").</param>
public sealed record StateRef(string Code, string Name, string OfficialName);

/// <summary>A treaty, by its id and name.</summary>
/// <param name="Id">The catalog's id, such as NATO or USA-JPN.</param>
/// <param name="Name">Its name.</param>
public sealed record TreatyRef(string Id, string Name);

/// <summary>A place with its own defence rules, such as Okinawa or Hawaii.</summary>
/// <param name="Code">The catalog's code (ISO 3166-2 where there is one).</param>
/// <param name="Name">The name people use.</param>
/// <param name="State">The state that holds it.</param>
public sealed record PlaceRef(string Code, string Name, string State);

/// <summary>A mutual-defence clause.</summary>
/// <param name="Article">The article, as the treaty numbers it ("Article 5").</param>
/// <param name="Obligation">How strong the obligation is (the library's <c>ObligationStrength</c>).</param>
/// <param name="Words">The treaty's own words for the obligation.</param>
public sealed record ClauseRef(string Article, ObligationStrength Obligation, string Words);
