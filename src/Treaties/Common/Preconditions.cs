using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Treaties;

/// <summary>
/// Argument checks shared by every public constructor and query, in the manner of NodaTime's Preconditions:
/// one place that decides the exception type, the parameter name and the wording.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, string paramName)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static string? CheckNullOrNotBlank(string? argument, string paramName) =>
        argument is null ? null : CheckNotBlank(argument, paramName);

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws with a message that is only formatted when the condition fails.</summary>
    /// <remarks>Checks run for every fact of every load; formatting their dates for messages that are never shown would
    /// cost more than the checks.</remarks>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Returns a date given to the library, after checking that it is in the ISO calendar, as every date of a catalog is.</summary>
    /// <exception cref="ArgumentException">The date is in another calendar.</exception>
    internal static LocalDate CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            ThrowNotIso(date, paramName);
        }

        return date;
    }

    private static void ThrowNotIso(LocalDate date, string paramName) =>
        throw new ArgumentException(
            $"The date {date:uuuu-MM-dd} is in the {date.Calendar.Id} calendar; give dates in the ISO calendar (date.WithCalendar(CalendarSystem.Iso)).",
            paramName);

    /// <summary>Copies a sequence into an immutable list, rejecting null elements.</summary>
    internal static IReadOnlyList<T> CheckElements<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        T[] copy = items.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"Element {i} is null; the sequence must not contain nulls.", paramName);
            }
        }

        return copy.Length == 0 ? [] : Array.AsReadOnly(copy);
    }
}
