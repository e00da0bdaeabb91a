using System;
using System.Collections.Generic;
using NodaTime;

namespace Treaties;

/// <summary>One state's membership of one treaty, over a half-open range of days.</summary>
/// <remarks>
/// <para>
/// The range is [<see cref="Start"/>, <see cref="End"/>), as in SQL:2011: <see cref="Start"/> is the first day the
/// state is a member and <see cref="End"/> the first day it no longer is, or null while the membership goes on.
/// </para>
/// <para>
/// Participation can change inside a membership (<see cref="ParticipationChanges"/>): a state can be a member and
/// still stand outside the integrated command, or have frozen its participation. Before the first change the
/// member takes part fully.
/// </para>
/// <para>Two periods are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MembershipPeriod : IEquatable<MembershipPeriod>
{
    // A catalog can hold millions of periods, most of them built in code from bare dates. A bare date (no sources, no
    // note, no doubt, to the day) is kept only in Range, and its record is made when asked for; records are compared
    // by value, so the two are indistinguishable to a caller.
    private readonly RecordedDate? _startRecord;
    private readonly RecordedDate? _endRecord;

    // Provisions in the low five bits, the end reason in the next three and the COW code above them, in one int, so
    // that these facts add one field to a period, not three.
    private const int ProvisionBits = 0b11111;
    private const int ReasonShift = 5;
    private const int ReasonBits = 0b111;
    private const int CowShift = 8;
    private readonly int _coding;

    /// <summary>Creates a membership period.</summary>
    /// <param name="state">The member.</param>
    /// <param name="start">The first day of membership.</param>
    /// <param name="end">The first day the state is no longer a member; null while the membership goes on.</param>
    /// <param name="signed">The day the state signed the treaty or its accession protocol, where recorded.</param>
    /// <param name="participationChanges">Changes in participation inside the period, in date order.</param>
    /// <param name="note">Anything a reader should know about this membership.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="end"/> is not after <paramref name="start"/>; a participation change falls outside the period,
    /// is out of date order, or repeats the status before it; or <paramref name="note"/> is blank.
    /// </exception>
    public MembershipPeriod(
        MemberState state,
        RecordedDate start,
        RecordedDate? end = null,
        RecordedDate? signed = null,
        IEnumerable<ParticipationChange>? participationChanges = null,
        string? note = null)
        : this(state, start, end, MembershipEndReason.Unstated, signed, participationChanges, note, AllianceProvisions.None, null)
    {
    }

    /// <summary>
    /// Creates a membership period coded as a dataset codes it, with the member's own provisions and the COW code of its
    /// row, as ATOP does.
    /// </summary>
    /// <param name="state">The member.</param>
    /// <param name="start">The first day of membership.</param>
    /// <param name="end">The first day the state is no longer a member; null while the membership goes on.</param>
    /// <param name="provisions">What the membership obliged the state to.</param>
    /// <param name="cowCode">The Correlates of War code the source gave the member for this period, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="end"/> is not after <paramref name="start"/>, or <paramref name="provisions"/> holds a bit that
    /// is not a defined provision.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cowCode"/> is outside 2 to 999.</exception>
    public MembershipPeriod(MemberState state, RecordedDate start, RecordedDate? end, AllianceProvisions provisions, int? cowCode)
        : this(state, start, end, MembershipEndReason.Unstated, null, null, null, provisions, cowCode)
    {
    }

    /// <summary>Creates a membership period from every fact the format can hold.</summary>
    internal MembershipPeriod(
        MemberState state,
        RecordedDate start,
        RecordedDate? end,
        MembershipEndReason endReason,
        RecordedDate? signed,
        IEnumerable<ParticipationChange>? participationChanges,
        string? note,
        AllianceProvisions provisions,
        int? cowCode)
    {
        State = Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckNotNull(start, nameof(start));
        Range = new DateRange(start.Date, end?.Date);
        _startRecord = start.IsBare ? null : start;
        _endRecord = end is null || end.IsBare ? null : end;
        SignedRecord = signed;
        ParticipationChanges = Preconditions.CheckElements(participationChanges, nameof(participationChanges));
        CheckParticipationChanges();
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
        Preconditions.CheckArgument(
            end is not null || endReason == MembershipEndReason.Unstated,
            nameof(endReason),
            $"The membership {State.Code} from {start} goes on; only an ended membership has a reason it ended.");
        _coding = Code(provisions, cowCode, endReason);
    }

    /// <summary>Gets the member.</summary>
    public MemberState State { get; }

    /// <summary>Gets the first day of membership.</summary>
    public LocalDate Start => Range.Start;

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate StartRecord => _startRecord ?? new RecordedDate(Range.Start);

    /// <summary>Gets the first day the state is no longer a member, or null while the membership goes on.</summary>
    public LocalDate? End => Range.End;

    /// <summary>Gets the record of <see cref="End"/>, with its sources; null while the membership goes on.</summary>
    public RecordedDate? EndRecord => _endRecord ?? (Range.End is LocalDate end ? new RecordedDate(end) : null);

    /// <summary>Gets the days of the period, [<see cref="Start"/>, <see cref="End"/>).</summary>
    public DateRange Range { get; }

    /// <summary>
    /// Gets what the membership obliged the state to, where the source codes it per member, as ATOP does; None for the
    /// curated catalog, whose obligations are its clauses.
    /// </summary>
    public AllianceProvisions Provisions => (AllianceProvisions)(_coding & ProvisionBits);

    /// <summary>
    /// Gets the Correlates of War code the source gave the member for this period, or null where it gave none. ATOP
    /// dates some memberships before or after COW's own dates for a state, so a period keeps the code of its row.
    /// </summary>
    public int? CowCode => _coding >> CowShift is int code && code != 0 ? code : null;

    /// <summary>
    /// Gets why the membership ended, where the catalog says; <see cref="MembershipEndReason.Unstated"/> otherwise, and
    /// always while the membership goes on.
    /// </summary>
    public MembershipEndReason EndReason => (MembershipEndReason)((_coding >> ReasonShift) & ReasonBits);

    /// <summary>Gets the day the state signed the treaty or its accession protocol, or null where not recorded.</summary>
    public LocalDate? Signed => SignedRecord?.Date;

    /// <summary>Gets the record of <see cref="Signed"/>, with its sources.</summary>
    public RecordedDate? SignedRecord { get; }

    /// <summary>Gets the changes in participation inside the period, in date order; empty when the member always took part fully.</summary>
    public IReadOnlyList<ParticipationChange> ParticipationChanges { get; }

    /// <summary>Gets a note on this membership, or null.</summary>
    public string? Note { get; }

    /// <summary>Gets whether the membership goes on, that is, whether <see cref="End"/> is null.</summary>
    public bool IsOngoing => Range.IsOngoing;

    /// <summary>Returns this period with the reason it ended.</summary>
    /// <param name="endReason">Why the membership ended.</param>
    /// <returns>A period equal to this one in everything but <see cref="EndReason"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endReason"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The membership goes on, so it has no end to give a reason for.</exception>
    public MembershipPeriod WithEndReason(MembershipEndReason endReason)
    {
        if (IsOngoing && endReason != MembershipEndReason.Unstated)
        {
            throw new InvalidOperationException($"The membership {this} goes on; only an ended membership has a reason it ended.");
        }

        return new MembershipPeriod(State, StartRecord, EndRecord, endReason, SignedRecord, ParticipationChanges, Note, Provisions, CowCode);
    }

    /// <summary>Returns whether the state is a member on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True when <see cref="Start"/> &lt;= <paramref name="date"/> &lt; <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date) => Range.Contains(date);

    /// <summary>Returns the period as NodaTime's inclusive interval, from the first to the last day of membership.</summary>
    /// <returns>[<see cref="Start"/>, <see cref="End"/> - 1 day], or null while the membership goes on.</returns>
    public DateInterval? ToDateInterval() => Range.ToDateInterval();

    /// <summary>Returns how fully the state takes part on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>The participation on that day, or null when the day falls outside the period.</returns>
    public ParticipationStatus? ParticipationOn(LocalDate date) =>
        Contains(date) ? (LatestChangeOn(date)?.Status ?? ParticipationStatus.Full) : null;

    /// <summary>Returns the participation change in force on <paramref name="date"/>, or null when there is none yet.</summary>
    internal ParticipationChange? LatestChangeOn(LocalDate date)
    {
        ParticipationChange? latest = null;
        foreach (ParticipationChange change in ParticipationChanges)
        {
            if (change.Start > date)
            {
                break;
            }

            latest = change;
        }

        return latest;
    }

    /// <inheritdoc/>
    public bool Equals(MembershipPeriod? other) =>
        other is not null
        && State.Equals(other.State)
        && StartRecord.Equals(other.StartRecord)
        && Equals(EndRecord, other.EndRecord)
        && Equals(SignedRecord, other.SignedRecord)
        && Equality.ListsEqual(ParticipationChanges, other.ParticipationChanges)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && _coding == other._coding;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MembershipPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(State, Start, End);

    /// <summary>Returns the state and the range, such as <c>FIN [2023-04-04, ongoing)</c>.</summary>
    /// <returns>The state code and the half-open range.</returns>
    public override string ToString() => $"{State.Code} {Range}";

    private static int Code(AllianceProvisions provisions, int? cowCode, MembershipEndReason endReason)
    {
        Preconditions.CheckArgument(
            ((int)provisions & ~ProvisionBits) == 0, nameof(provisions), $"{(int)provisions} holds a bit that is not an {nameof(AllianceProvisions)} value.");
        if (!Enum.IsDefined(endReason))
        {
            throw new ArgumentOutOfRangeException(nameof(endReason), endReason, $"{(int)endReason} is not a {nameof(MembershipEndReason)} value.");
        }

        if (cowCode is int code)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(code, 2, nameof(cowCode));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 999, nameof(cowCode));
        }

        return (int)provisions | ((int)endReason << ReasonShift) | ((cowCode ?? 0) << CowShift);
    }

    private void CheckParticipationChanges()
    {
        ParticipationStatus previous = ParticipationStatus.Full;
        LocalDate? previousDate = null;
        for (int i = 0; i < ParticipationChanges.Count; i++)
        {
            ParticipationChange change = ParticipationChanges[i];
            Preconditions.CheckArgument(
                Contains(change.Start),
                "participationChanges",
                $"The participation change to {change.Status} on {change.StartRecord} falls outside the membership " +
                $"{this}; a change must fall inside the membership it belongs to.");
            Preconditions.CheckArgument(
                previousDate is null || change.Start > previousDate,
                "participationChanges",
                $"The participation change on {change.StartRecord} is not after the one before it; changes must be in date order.");
            Preconditions.CheckArgument(
                change.Status != previous,
                "participationChanges",
                $"The participation change on {change.StartRecord} repeats the status {previous} already in force.");
            previous = change.Status;
            previousDate = change.Start;
        }
    }
}
