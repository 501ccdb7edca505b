namespace PnpSamtale.Core.Definitions;

/// <summary>The codes of every finding, in one place so that documentation and tests agree.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string YamlSyntax = "SAM001";

    /// <summary>The file does not match its schema (missing or unknown field, wrong type, bad value).</summary>
    public const string Schema = "SAM002";

    /// <summary>Two steps (or people) share an id.</summary>
    public const string Duplicate = "SAM101";

    /// <summary>A step refers to a step the routine does not have.</summary>
    public const string MissingStep = "SAM102";

    /// <summary>Steps depend on each other in a circle.</summary>
    public const string Cycle = "SAM103";

    /// <summary>A role that looks like a misspelling of a glossary role.</summary>
    public const string UnknownRole = "SAM104";

    /// <summary>A role used by the routine that its glossary does not define.</summary>
    public const string RoleNotInGlossary = "SAM105";

    /// <summary>A step's window cannot be met, e.g. a "before" deadline earlier than the round's start.</summary>
    public const string WindowCannotBeMet = "SAM106";

    /// <summary>A rule that does not fit where it is used (e.g. a conversation timing outside a conversation phase).</summary>
    public const string Misplaced = "SAM107";

    /// <summary>A roster entry refers to something that is not there (a manager, a delegate).</summary>
    public const string MissingReference = "SAM201";

    /// <summary>A roster date range that ends before it starts.</summary>
    public const string BadDateRange = "SAM202";

    /// <summary>A site blueprint or form template that is valid YAML and schema but cannot be used as it stands.</summary>
    public const string Blueprint = "SAM301";
}
