using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Policies;

/// <summary>What the shredding job does with a form or measure today.</summary>
public enum ShredVerdict
{
    /// <summary>Its term has not ended (plus grace), or its end is not known: kept.</summary>
    Keep,

    /// <summary>Expired: destroyed permanently.</summary>
    Destroy,

    /// <summary>Expired, but on legal hold: kept, and counted as held.</summary>
    Held,
}

/// <summary>One elected term of the partner, as <c>Verv</c> says.</summary>
/// <param name="Upn">The person.</param>
/// <param name="Role">The role abbreviation.</param>
/// <param name="To">The last day of the term; <c>null</c> when open-ended.</param>
public sealed record TermOfOffice(string Upn, string Role, DateOnly? To);

/// <summary>
/// The retention rule of routine 5.3 ("Makulere skjema … Periodeslutt for vervet"): a form and its measures are kept
/// through the last day of the partner's term plus the routine's grace days and destroyed from the day after, unless
/// on legal hold. An unknown or open-ended term keeps them: nothing is ever destroyed on a guess.
/// </summary>
public static class ShredPolicy
{
    /// <summary>The first day the item may be destroyed, or <c>null</c> when never (end unknown).</summary>
    public static DateOnly? DestroyableFrom(Retention retention, DateOnly? termEnd)
    {
        ArgumentNullException.ThrowIfNull(retention);
        return termEnd?.AddDays(Math.Max(0, retention.GraceDays) + 1);
    }

    /// <summary>The verdict on <paramref name="today"/> (an Oslo day).</summary>
    public static ShredVerdict Decide(Retention retention, DateOnly? termEnd, bool onLegalHold, DateOnly today) =>
        DestroyableFrom(retention, termEnd) is { } from && today >= from
            ? onLegalHold ? ShredVerdict.Held : ShredVerdict.Destroy
            : ShredVerdict.Keep;

    /// <summary>
    /// The end of the partner's term in the role that made them part of the conversation: the latest end among
    /// their terms in that role (a re-election extends it); <c>null</c> if any of them is open-ended. When the
    /// roster no longer lists the person in the role, the end stamped on the item when it was provisioned.
    /// For routines kept until the round's end, always the stamped end.
    /// </summary>
    public static DateOnly? TermEnd(Retention retention, IEnumerable<TermOfOffice> roster, string partnerUpn, string? partnerRole, DateOnly? stamped)
    {
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(roster);
        if (retention.Until == RetentionUntil.RoundEnd || string.IsNullOrEmpty(partnerRole))
        {
            return stamped;
        }

        var terms = roster.Where(t => string.Equals(t.Upn, partnerUpn, StringComparison.OrdinalIgnoreCase) && string.Equals(t.Role, partnerRole, StringComparison.Ordinal)).ToList();
        if (terms.Count == 0)
        {
            return stamped;
        }

        return terms.Any(t => t.To is null) ? null : terms.Max(t => t.To);
    }
}
