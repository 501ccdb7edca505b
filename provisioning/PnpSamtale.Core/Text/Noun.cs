using System.Globalization;

namespace PnpSamtale.Core.Text;

/// <summary>
/// A noun (or a noun phrase) that follows a count: "1 virkedag", "2 virkedager", "0 virkedager". Bokmål and English
/// agree on the rule: the singular for exactly one (or minus one), the plural for every other number, zero included.
/// Phrases whose adjective agrees too are nouns here ("1 nytt varsel", "2 nye varsler").
/// </summary>
/// <param name="One">The singular, e.g. "frist".</param>
/// <param name="Many">The plural, e.g. "frister".</param>
public sealed record Noun(string One, string Many)
{
    /// <summary>The form for <paramref name="count"/>, without the number: "frist" or "frister".</summary>
    public string For(int count) => count is 1 or -1 ? One : Many;

    /// <summary>The number and the form for it: "1 frist", "2 frister".</summary>
    public string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + " " + For(count);
}
