using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Treaties.Datasets;

/// <summary>
/// One treaty's periods, ready for a panel under one <see cref="PanelRules"/>: each period's span of days under the
/// rule, its codes and provisions, and the years the treaty spans.
/// </summary>
internal sealed class PanelTreaty
{
    private readonly Treaty _treaty;
    private readonly MembershipPeriod[] _periods;
    private readonly DateRange[] _spans;
    private readonly bool _atop;
    private readonly List<int> _codesA = new(2);
    private readonly List<int> _codesB = new(2);

    internal PanelTreaty(Treaty treaty, PanelRules rules, LocalDate? asOf)
    {
        _treaty = treaty;
        _atop = rules.IncludesExitDay;
        _periods = [.. treaty.Memberships.OrderBy(p => p.Start)];
        _spans = Array.ConvertAll(_periods, p => Span(p, rules, asOf));
        Alliance = AllianceOf(treaty.Id);
        FirstYear = _spans.Length == 0 ? int.MaxValue : _spans[0].Start.Year;
        LastYear = _spans.Length == 0 || _spans.Any(s => s.End is null)
            ? int.MaxValue
            : _spans.Max(s => s.End!.Value.PlusDays(-1).Year);
    }

    /// <summary>The treaty's id.</summary>
    internal string Id => _treaty.Id;

    /// <summary>
    /// The alliance the treaty belongs to: its id, or for a parallel phase read from ATOP (<c>ATOP-3180-2</c>) the
    /// alliance's (<c>ATOP-3180</c>), so that a state in two parallel phases of one alliance counts one alliance.
    /// </summary>
    internal string Alliance { get; }

    internal int FirstYear { get; }

    internal int LastYear { get; }

    /// <summary>Adds the dyads this treaty allies in the year, with each side's provisions.</summary>
    internal void AddDyads(DateRange yearDays, Dictionary<(int Low, int High), DyadEntry> dyads)
    {
        LocalDate yearEnd = yearDays.End!.Value;
        for (int i = 0; i < _periods.Length; i++)
        {
            MembershipPeriod a = _periods[i];
            if (_spans[i].Start >= yearEnd)
            {
                break;
            }

            if (!Common(_spans[i], yearDays, out _))
            {
                continue;
            }

            for (int j = i + 1; j < _periods.Length; j++)
            {
                MembershipPeriod b = _periods[j];
                if (_spans[j].Start >= yearEnd)
                {
                    break;
                }

                if (a.State.Equals(b.State) || !Allied(_spans[i], _spans[j], out DateRange shared) || !Common(shared, yearDays, out DateRange days))
                {
                    continue;
                }

                AllianceProvisions ofA = ProvisionsOf(a, days);
                AllianceProvisions ofB = ProvisionsOf(b, days);
                CodesOf(a, days, _codesA);
                CodesOf(b, days, _codesB);
                foreach (int codeA in _codesA)
                {
                    foreach (int codeB in _codesB)
                    {
                        if (codeA == codeB)
                        {
                            continue;
                        }

                        (int, int) key = codeA < codeB ? (codeA, codeB) : (codeB, codeA);
                        if (!dyads.TryGetValue(key, out DyadEntry? entry))
                        {
                            entry = new DyadEntry();
                            dyads.Add(key, entry);
                        }

                        entry.Add(_treaty.Id, codeA < codeB ? ofA : ofB, codeA < codeB ? ofB : ofA);
                    }
                }
            }
        }
    }

    /// <summary>Adds the states this treaty binds in the year, with their own provisions.</summary>
    internal void AddStates(DateRange yearDays, Dictionary<int, StateEntry> states)
    {
        for (int i = 0; i < _periods.Length; i++)
        {
            if (!Common(_spans[i], yearDays, out DateRange days))
            {
                continue;
            }

            MembershipPeriod period = _periods[i];
            AllianceProvisions provisions = ProvisionsOf(period, days);
            CodesOf(period, days, _codesA);
            foreach (int code in _codesA)
            {
                if (!states.TryGetValue(code, out StateEntry? entry))
                {
                    entry = new StateEntry();
                    states.Add(code, entry);
                }

                entry.Add(this, provisions);
            }
        }
    }

    /// <summary>
    /// The days a period covers under the rule: its range, or under ATOP's rule its first day through its exit day, both
    /// included, with an ongoing period running to the catalog's checked day.
    /// </summary>
    private static DateRange Span(MembershipPeriod period, PanelRules rules, LocalDate? asOf)
    {
        if (!rules.IncludesExitDay)
        {
            return period.Range;
        }

        LocalDate? last = period.EndRecord switch
        {
            { Precision: DatePrecision.Day } end => end.Date,
            RecordedDate end => end.Date.PlusDays(-1),
            null => asOf,
        };
        return last is LocalDate day
            ? new DateRange(period.Start, (day < period.Start ? period.Start : day).PlusDays(1))
            : new DateRange(period.Start, null);
    }

    /// <summary>
    /// Whether two spans ally their states, and the days they do: under the catalog's rule every shared day; under
    /// ATOP's, the later entry must fall strictly before the earlier exit, so the spans must share two days or more.
    /// </summary>
    private bool Allied(DateRange a, DateRange b, out DateRange shared) =>
        Common(a, b, out shared) && (!_atop || shared.End is null || shared.Start.PlusDays(1) < shared.End.Value);

    /// <summary>
    /// The period's own provisions, where it has them or its own COW code; else those of the treaty's clauses in force on
    /// one of the days. A period lies within the treaty's days in force and a clause stays in force once in force, so the
    /// first and last days suffice.
    /// </summary>
    private AllianceProvisions ProvisionsOf(MembershipPeriod period, DateRange days)
    {
        if (period.Provisions != AllianceProvisions.None || period.CowCode is not null)
        {
            return period.Provisions;
        }

        LocalDate last = days.End!.Value.PlusDays(-1);
        AllianceProvisions provisions = AllianceProvisions.None;
        if (_treaty.MutualDefenceClauseOn(days.Start) is not null || _treaty.MutualDefenceClauseOn(last) is not null)
        {
            provisions |= AllianceProvisions.Defense;
        }

        if (_treaty.ConsultationClauses.Any(c => (c.InForceFrom ?? _treaty.EnteredIntoForce) <= last) && _treaty.IsInForceOn(days.Start))
        {
            provisions |= AllianceProvisions.Consultation;
        }

        return provisions;
    }

    /// <summary>Fills <paramref name="codes"/> with the code the period's source gave, or the state's COW codes in force those days.</summary>
    private static void CodesOf(MembershipPeriod period, DateRange days, List<int> codes)
    {
        codes.Clear();
        if (period.CowCode is int code)
        {
            codes.Add(code);
            return;
        }

        foreach (CowCode held in period.State.CowCodes)
        {
            if (held.Range.Overlaps(days))
            {
                codes.Add(held.Code);
            }
        }
    }

    private static string AllianceOf(string id)
    {
        // ATOP-<atopid>-<phase> is how AtopDataset names a parallel phase.
        int dash = id.LastIndexOf('-');
        return id.StartsWith("ATOP-", StringComparison.Ordinal) && dash > 5
            && int.TryParse(id.AsSpan(5, dash - 5), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? id[..dash]
            : id;
    }

    internal static bool Common(DateRange a, DateRange b, out DateRange common)
    {
        LocalDate start = a.Start > b.Start ? a.Start : b.Start;
        LocalDate? end = (a.End, b.End) switch
        {
            (LocalDate x, LocalDate y) => x < y ? x : y,
            (LocalDate x, null) => x,
            (null, LocalDate y) => y,
            _ => null,
        };
        if (end is LocalDate e && e <= start)
        {
            common = default;
            return false;
        }

        common = new DateRange(start, end);
        return true;
    }
}

/// <summary>
/// The ids of the treaties that tie one dyad or state in one year, without repeats, joined in ordinal order when the row
/// is made. Most dyads share one treaty, so the first id is held inline and a list is made only for a second.
/// </summary>
internal struct TreatyIds
{
    private string? _first;
    private List<string>? _more;

    internal readonly int Count => _first is null ? 0 : 1 + (_more?.Count ?? 0);

    internal void Add(string id)
    {
        if (_first is null)
        {
            _first = id;
        }
        else if (_first != id && !(_more?.Contains(id) ?? false))
        {
            (_more ??= new List<string>(2)).Add(id);
        }
    }

    /// <summary>The ids in ordinal order, separated by <c>;</c>.</summary>
    internal readonly string Joined()
    {
        if (_more is null)
        {
            return _first ?? string.Empty;
        }

        var ids = new List<string>(_more.Count + 1) { _first! };
        ids.AddRange(_more);
        ids.Sort(StringComparer.Ordinal);
        return string.Join(';', ids);
    }
}

/// <summary>One dyad's year so far: the treaties that allied it, and the provisions of the lower and the higher code's side.</summary>
internal sealed class DyadEntry
{
    private TreatyIds _treaties;

    internal TreatyIds Treaties => _treaties;

    internal AllianceProvisions OfLow { get; private set; }

    internal AllianceProvisions OfHigh { get; private set; }

    internal void Add(string treaty, AllianceProvisions ofLow, AllianceProvisions ofHigh)
    {
        _treaties.Add(treaty);
        OfLow |= ofLow;
        OfHigh |= ofHigh;
    }
}

/// <summary>One state's year so far: the treaties and alliances that bound it, and their provisions.</summary>
internal sealed class StateEntry
{
    private TreatyIds _treaties;
    private TreatyIds _alliances;

    internal TreatyIds Treaties => _treaties;

    internal TreatyIds Alliances => _alliances;

    internal AllianceProvisions Provisions { get; private set; }

    internal void Add(PanelTreaty treaty, AllianceProvisions provisions)
    {
        _treaties.Add(treaty.Id);
        _alliances.Add(treaty.Alliance);
        Provisions |= provisions;
    }
}
