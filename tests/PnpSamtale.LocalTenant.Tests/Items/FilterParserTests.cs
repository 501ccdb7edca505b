using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;

namespace PnpSamtale.LocalTenant.Tests.Items;

public sealed class FilterParserTests
{
    [Fact]
    public void Parse_AndBindsTighterThanOr_GroupsAccordingly()
    {
        var expression = FilterParser.Parse("A eq 1 or B eq 'x''y' and C ne null");

        var or = Assert.IsType<FilterLogical>(expression);
        Assert.False(or.IsAnd);
        var and = Assert.IsType<FilterLogical>(or.Right);
        Assert.True(and.IsAnd);
        Assert.Equal("x'y", Assert.IsType<FilterComparison>(and.Left).Literal.Text);
        Assert.Equal(["A", "B", "C"], expression.Fields());
    }

    [Fact]
    public void Parse_DatetimeLiteral_KeepsKindAndText()
    {
        var comparison = Assert.IsType<FilterComparison>(FilterParser.Parse("(Frist lt datetime'2026-11-03T00:00:00Z')"));

        Assert.Equal(FilterLiteralKind.DateTime, comparison.Literal.Kind);
        Assert.Equal("2026-11-03T00:00:00Z", comparison.Literal.Text);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Title like 'x'")]
    [InlineData("Title eq 'open")]
    [InlineData("(Title eq 'x'")]
    [InlineData("Title eq x")]
    public void Parse_Malformed_Throws400(string filter)
    {
        var error = Assert.Throws<SharePointErrorException>(() => FilterParser.Parse(filter));

        Assert.Equal(400, error.StatusCode);
    }
}
