using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Planning;

public sealed class TermTests
{
    [Theory]
    [InlineData("H2026", "H2026")]
    [InlineData("v2027", "V2027")]
    [InlineData(" 2027 ", "2027")]
    public void Parse_ValidTerms_RoundTrip(string text, string expected) =>
        Assert.Equal(expected, Term.Parse(text).ToString());

    [Theory]
    [InlineData("H1800", "the year 1800 is outside 1900–2200, the years the Norwegian holiday calendar")]
    [InlineData("2201", "the year 2201 is outside 1900–2200")]
    [InlineData("H26", "after 'H' comes a four-digit year, not '26'")]
    [InlineData("Høst2026", "after 'H' comes a four-digit year, not 'øst2026'")]
    [InlineData("X2026", "it starts with 'X', but a term starts with H (høst, autumn), V (vår, spring) or the year itself")]
    [InlineData("20266", "'20266' is not a four-digit year")]
    [InlineData("", "it is empty")]
    public void Problem_SaysWhyATextIsNotATerm(string text, string expected)
    {
        Assert.StartsWith(expected, Term.Problem(text), StringComparison.Ordinal);
        Assert.False(Term.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithTheProblemAndWhatIsExpected()
    {
        var error = Assert.Throws<FormatException>(() => Term.Parse("H1800"));
        Assert.Equal("'H1800' is not a term: the year 1800 is outside 1900–2200, the years the Norwegian holiday calendar (and so every plan) covers. Expected H<year> (autumn), V<year> (spring) or <year> (annual routines), e.g. H2026, V2027 or 2027, with a year from 1900 to 2200.", error.Message);
    }

    [Fact]
    public void Problem_ValidTerm_IsNull() => Assert.Null(Term.Problem("H2026"));
}
