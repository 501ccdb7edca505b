namespace PnpSamtale.Core.Policies;

/// <summary>Where a conversation's form is in its life (the routine's steps 2.2–2.6).</summary>
public enum FormStage
{
    /// <summary>"Under arbeid": filled in during and after the conversation (2.2–2.4).</summary>
    InProgress = 0,

    /// <summary>"Sendt til partner": waiting for the partner's confirmation (2.5).</summary>
    SentToPartner = 1,

    /// <summary>"Bekreftet": confirmed by the partner, ready to archive (2.6).</summary>
    Confirmed = 2,

    /// <summary>"Arkivert": archived; nobody edits it any more.</summary>
    Archived = 3,
}

/// <summary>The Norwegian names of the stages, as they stand in the lists.</summary>
public static class FormStages
{
    /// <summary>The stage a new form starts in.</summary>
    public const FormStage Initial = FormStage.InProgress;

    private static readonly (FormStage Stage, string Title)[] Titles =
    [
        (FormStage.InProgress, "Under arbeid"),
        (FormStage.SentToPartner, "Sendt til partner"),
        (FormStage.Confirmed, "Bekreftet"),
        (FormStage.Archived, "Arkivert"),
    ];

    /// <summary>The list value of a stage.</summary>
    public static string Title(FormStage stage) => Titles.First(t => t.Stage == stage).Title;

    /// <summary>
    /// The stage of a list value; an empty or unknown value counts as <see cref="FormStage.InProgress"/>, the stage
    /// with the fewest readers besides the pair.
    /// </summary>
    public static FormStage Parse(string? title) =>
        Titles.FirstOrDefault(t => string.Equals(t.Title, title?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Title: not null } match
            ? match.Stage
            : FormStage.InProgress;
}
