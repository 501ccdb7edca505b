namespace PnpSamtale.Provisioning.Forms;

/// <summary>The days within which a conversation is to be held, both ends included.</summary>
public readonly record struct FormWindow
{
    /// <summary>Creates a window; <paramref name="end"/> must not be before <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window ends before it starts.</exception>
    public FormWindow(DateOnly start, DateOnly end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day.</summary>
    public DateOnly End { get; }
}
