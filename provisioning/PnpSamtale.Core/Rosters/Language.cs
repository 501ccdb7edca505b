namespace PnpSamtale.Core.Rosters;

/// <summary>The language a person receives forms and mail in.</summary>
public enum Language
{
    /// <summary>Norwegian bokmål.</summary>
    Norwegian,

    /// <summary>English.</summary>
    English,
}
