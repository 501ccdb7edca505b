using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class FormValueTests
{
    [Fact]
    public void Factories_Values_WriteTheDocumentedInvariantForms()
    {
        // The invariant forms that compare; what goes on the wire is in the site's regional settings (ToWire).
        Assert.Equal("3", FormValue.Number("N", 3).FieldValue);
        Assert.Equal("2.5", FormValue.Number("N", 2.5).FieldValue);
        Assert.Equal("1", FormValue.Boolean("B", true).FieldValue);
        Assert.Equal("2026-02-27", FormValue.Date("D", new DateOnly(2026, 2, 27)).FieldValue);
        Assert.Equal("2026-02-27T13:05:00Z", FormValue.DateTime("D", new DateTimeOffset(2026, 2, 27, 14, 5, 0, TimeSpan.FromHours(1))).FieldValue);
        Assert.Equal("""[{"Key":"i:0#.f|membership|ola@contoso.com"}]""", FormValue.Person("P", "ola@contoso.com").FieldValue);
    }

    [Theory]
    [InlineData(1044, "27.2.2026", "27.2.2026 14:05", "2,5", "[{\"Key\":\"i:0#.f|membership|ola@contoso.com\"}]")]
    [InlineData(1033, "2/27/2026", "2/27/2026 5:05 AM", "2.5", "[{\"Key\":\"i:0#.f|membership|ola@contoso.com\"}]")]
    public void ToWire_DatesInstantsAndNumbers_FollowTheSitesRegionalSettings(int lcid, string date, string instant, string number, string person)
    {
        var settings = lcid == 1044 ? Support.TestSetup.Norwegian : Support.TestSetup.English;
        var at = new DateTimeOffset(2026, 2, 27, 13, 5, 0, TimeSpan.Zero);

        Assert.Equal(date, FormValue.Date("D", new DateOnly(2026, 2, 27)).ToWire(settings));
        Assert.Equal(instant, FormValue.DateTime("T", at).ToWire(settings));
        Assert.Equal(number, FormValue.Number("N", 2.5).ToWire(settings));
        Assert.Equal(person, FormValue.Person("P", "ola@contoso.com").ToWire(settings));
        Assert.Equal(string.Empty, new FormValue("D", string.Empty) { Kind = FormValueKind.Date }.ToWire(settings));
    }

    [Fact]
    public void ToWire_InstantAcrossSummerTime_UsesTheZonesOffsetOfThatDay()
    {
        // Oslo is +02:00 in summer: 10:00 UTC on 1 July is 12:00 on the site.
        Assert.Equal("1.7.2026 12:00", FormValue.DateTime("T", new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)).ToWire(Support.TestSetup.Norwegian));
    }

    [Fact]
    public void Text_QuoteInFilterLiteral_IsDoubled()
    {
        Assert.Equal("'O''Brien'", ItemFilter.Text("O'Brien"));
    }
}
