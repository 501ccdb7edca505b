namespace PnpSamtale.Core.Routines;

/// <summary>What ends a form's storage period.</summary>
public enum RetentionUntil
{
    /// <summary>The end of the partner's elected term ("Periodeslutt for vervet").</summary>
    TermEnd,

    /// <summary>A number of days after the round's last step.</summary>
    RoundEnd,
}

/// <summary>How long filled-in forms are kept before they are shredded.</summary>
/// <param name="Until">What the period runs until.</param>
/// <param name="GraceDays">Calendar days added before shredding.</param>
/// <param name="Text">The routine's own words.</param>
public sealed record Retention(RetentionUntil Until, int GraceDays, string Text);
