using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Routines;

/// <summary>When a step happens, structured from the routine's "Når" column.</summary>
public abstract record TimingRule
{
    private protected TimingRule()
    {
    }

    /// <summary>The steps whose dates this step's dates are computed from.</summary>
    public virtual IReadOnlyList<StepId> Anchors => [];

    /// <summary>Every step this rule names, including steps that only set the date (<see cref="SetInStep"/>).</summary>
    public virtual IReadOnlyList<StepId> References => Anchors;
}

/// <summary>"N virkedager før X": a latest date, N business days before the anchor.</summary>
public sealed record BeforeStep(StepId Anchor, int BusinessDays) : TimingRule
{
    /// <inheritdoc />
    public override IReadOnlyList<StepId> Anchors => [Anchor];
}

/// <summary>
/// "A til B virkedager etter X (og Y)": a window from A business days after the latest of the anchors' earliest
/// dates to B business days after the latest of their latest dates. "N virkedager etter X" is A = B = N.
/// </summary>
public sealed record AfterSteps(IReadOnlyList<StepId> Steps, int MinBusinessDays, int MaxBusinessDays) : TimingRule
{
    /// <inheritdoc />
    public override IReadOnlyList<StepId> Anchors => Steps;
}

/// <summary>"Samme dag som X".</summary>
public sealed record SameDayAs(StepId Anchor) : TimingRule
{
    /// <inheritdoc />
    public override IReadOnlyList<StepId> Anchors => [Anchor];
}

/// <summary>A part of a month per season, e.g. "Høst: Primo november  Vår: Primo mars".</summary>
public sealed record InSeason(IReadOnlyDictionary<Season, SeasonAnchor> Parts) : TimingRule;

/// <summary>A date or deadline decided while another step is carried out ("Dato settes i 1.2").</summary>
public sealed record SetInStep(StepId SetIn) : TimingRule
{
    /// <inheritdoc />
    public override IReadOnlyList<StepId> References => [SetIn];
}

/// <summary>The conversation itself: its window is the window of the step that defines the conversation.</summary>
public sealed record AtConversation : TimingRule;

/// <summary>"Periodeslutt for vervet": the end of each person's elected term, from the roster.</summary>
public sealed record AtTermEnd : TimingRule;
