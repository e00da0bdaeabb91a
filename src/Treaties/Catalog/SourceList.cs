using System;
using System.Collections.Generic;

namespace Treaties;

/// <summary>Gathers every source a catalog cites, once each, checking that one id never names two different sources.</summary>
internal static class SourceList
{
    internal static IReadOnlyList<Source> Collect(
        IEnumerable<Source> registered, IEnumerable<MemberState> states, IEnumerable<Place> places, IEnumerable<Treaty> treaties, IEnumerable<PendingTreaty> pending)
    {
        var list = new List<Source>();
        var byId = new Dictionary<string, Source>(StringComparer.Ordinal);

        void Add(Source source)
        {
            if (byId.TryGetValue(source.Id, out Source? known))
            {
                if (!known.Equals(source))
                {
                    throw new InvalidOperationException(
                        $"Two different sources share the id '{source.Id}': \"{known}\" and \"{source}\".");
                }

                return;
            }

            byId.Add(source.Id, source);
            list.Add(source);
        }

        void AddDate(RecordedDate? date)
        {
            if (date is null)
            {
                return;
            }

            foreach (Source source in date.Sources)
            {
                Add(source);
            }

            foreach (AlternativeDate alternative in date.Alternatives)
            {
                foreach (Source source in alternative.Sources)
                {
                    Add(source);
                }
            }
        }

        foreach (Source source in registered)
        {
            Add(source);
        }

        foreach (MemberState state in states)
        {
            AddDate(state.EstablishedRecord);
            AddDate(state.DissolvedRecord);
        }

        foreach (Place place in places)
        {
            AddDate(place.HeldUntilRecord);
        }

        foreach (Treaty treaty in treaties)
        {
            foreach (RecordedDate date in RecordedDates.Of(treaty))
            {
                AddDate(date);
            }

            foreach (LocalizedName name in treaty.LocalNames)
            {
                foreach (Source source in name.Sources)
                {
                    Add(source);
                }
            }
        }

        foreach (PendingTreaty treaty in pending)
        {
            AddDate(treaty.SignedRecord);
        }

        return list.AsReadOnly();
    }
}
