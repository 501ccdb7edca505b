namespace PnpSamtale.Core.Text;

/// <summary>The counted nouns of the Norwegian (bokmål) texts, so no text writes "frist(er)".</summary>
public static class NorwegianNouns
{
    /// <summary>virkedag / virkedager.</summary>
    public static Noun BusinessDay { get; } = new("virkedag", "virkedager");

    /// <summary>frist / frister.</summary>
    public static Noun Deadline { get; } = new("frist", "frister");

    /// <summary>e-post / e-poster.</summary>
    public static Noun Mail { get; } = new("e-post", "e-poster");

    /// <summary>samtale / samtaler.</summary>
    public static Noun Conversation { get; } = new("samtale", "samtaler");

    /// <summary>varsel / varsler.</summary>
    public static Noun Notice { get; } = new("varsel", "varsler");

    /// <summary>nytt varsel / nye varsler.</summary>
    public static Noun NewNotice { get; } = new("nytt varsel", "nye varsler");

    /// <summary>skjema / skjema (bokmål allows "skjemaer"; the routine's own texts use "skjema").</summary>
    public static Noun Form { get; } = new("skjema", "skjema");

    /// <summary>tiltak / tiltak.</summary>
    public static Noun Measure { get; } = new("tiltak", "tiltak");

    /// <summary>loggføring / loggføringer.</summary>
    public static Noun LogEntry { get; } = new("loggføring", "loggføringer");

    /// <summary>endring / endringer.</summary>
    public static Noun Change { get; } = new("endring", "endringer");

    /// <summary>operasjon / operasjoner.</summary>
    public static Noun Operation { get; } = new("operasjon", "operasjoner");

    /// <summary>endring tilbakestilt / endringer tilbakestilt.</summary>
    public static Noun RevertedChange { get; } = new("endring tilbakestilt", "endringer tilbakestilt");

    /// <summary>steg / steg.</summary>
    public static Noun Step { get; } = new("steg", "steg");
}
