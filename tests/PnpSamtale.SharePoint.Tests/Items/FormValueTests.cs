using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class FormValueTests
{
    [Fact]
    public void Factories_Values_WriteTheDocumentedInvariantForms()
    {
        // wire-subset.md: numbers invariant (3, 2.5); booleans 1/0; dates yyyy-MM-dd or yyyy-MM-dd HH:mm:ss;
        // person fields [{"Key":"i:0#.f|membership|{upn}"}]
        Assert.Equal("3", FormValue.Number("N", 3).FieldValue);
        Assert.Equal("2.5", FormValue.Number("N", 2.5).FieldValue);
        Assert.Equal("1", FormValue.Boolean("B", true).FieldValue);
        Assert.Equal("2026-02-27", FormValue.Date("D", new DateOnly(2026, 2, 27)).FieldValue);
        Assert.Equal("2026-02-27 13:05:00", FormValue.DateTime("D", new DateTime(2026, 2, 27, 13, 5, 0, DateTimeKind.Unspecified)).FieldValue);
        Assert.Equal("""[{"Key":"i:0#.f|membership|ola@contoso.com"}]""", FormValue.Person("P", "ola@contoso.com").FieldValue);
    }

    [Fact]
    public void Text_QuoteInFilterLiteral_IsDoubled()
    {
        Assert.Equal("'O''Brien'", ItemFilter.Text("O'Brien"));
    }
}
