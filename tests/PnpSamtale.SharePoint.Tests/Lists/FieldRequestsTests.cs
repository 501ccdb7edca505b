using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Lists;

public sealed class FieldRequestsTests
{
    [Fact]
    public void SetCustomFormatter_Json_MergesSpFieldWithTheJsonAsText()
    {
        // wire-subset.md: POST {site}/_api/web/lists(guid'{id}')/fields/getbyinternalnameortitle('{name}')
        // X-HTTP-Method: MERGE, IF-MATCH: *, body {"__metadata":{"type":"SP.Field"},"CustomFormatter":"<json text>"}
        const string Formatter = """{"elmType":"div","txtContent":"@currentField"}""";

        var request = FieldRequests.SetCustomFormatter(TestSetup.Site, TestSetup.ListId, "Status", Formatter);

        WireAssert.SharePointPost(request,
            "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/fields/getbyinternalnameortitle('Status')",
            """{"__metadata":{"type":"SP.Field"},"CustomFormatter":"{\"elmType\":\"div\",\"txtContent\":\"@currentField\"}"}""");
        Assert.Equal("MERGE", request.GetHeader("X-HTTP-Method"));
        Assert.Equal("*", request.GetHeader("IF-MATCH"));
    }
}
