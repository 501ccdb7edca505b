using PnpSamtale.Core.Rosters;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>The languages a form is written in: Norwegian bokmål (<c>nb</c>) and English (<c>en</c>).</summary>
public static class FormLanguage
{
    /// <summary>Norwegian bokmål.</summary>
    public const string Norwegian = "nb";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>The form language for a person's preferred language in the roster.</summary>
    public static string Of(Language language) => language == Language.English ? English : Norwegian;

    /// <summary>Whether <paramref name="language"/> is English; throws for anything but <c>nb</c> and <c>en</c>.</summary>
    /// <exception cref="ArgumentException">The language is neither <c>nb</c> nor <c>en</c>.</exception>
    public static bool IsEnglish(string language) => language switch
    {
        English => true,
        Norwegian => false,
        _ => throw new ArgumentException($"The form language must be '{Norwegian}' or '{English}', not '{language}'.", nameof(language)),
    };
}
