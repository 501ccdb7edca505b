namespace PnpSamtale.Core.Text;

/// <summary>The counted nouns of the English texts (command-line messages, mail to English speakers).</summary>
public static class EnglishNouns
{
    /// <summary>business day / business days.</summary>
    public static Noun BusinessDay { get; } = new("business day", "business days");

    /// <summary>deadline / deadlines.</summary>
    public static Noun Deadline { get; } = new("deadline", "deadlines");

    /// <summary>e-mail / e-mails.</summary>
    public static Noun Mail { get; } = new("e-mail", "e-mails");

    /// <summary>conversation / conversations.</summary>
    public static Noun Conversation { get; } = new("conversation", "conversations");

    /// <summary>error / errors.</summary>
    public static Noun Error { get; } = new("error", "errors");

    /// <summary>warning / warnings.</summary>
    public static Noun Warning { get; } = new("warning", "warnings");

    /// <summary>file / files.</summary>
    public static Noun File { get; } = new("file", "files");

    /// <summary>item / items.</summary>
    public static Noun Item { get; } = new("item", "items");
}
