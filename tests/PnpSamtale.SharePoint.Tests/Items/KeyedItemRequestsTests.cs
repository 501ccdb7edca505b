using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class KeyedItemRequestsTests
{
    [Fact]
    public void FindByKey_QuotedKey_FiltersOnTheKeyColumnAlone()
    {
        // wire-subset.md: GET {site}/_api/web/lists(guid'{id}')/items?$select=Id,{key}&$filter={key} eq '{value}'&$top=2
        var request = KeyedItemRequests.FindByKey(TestSetup.Site, TestSetup.ListId, "VarselKey", "H2026|kari's|2.1");

        WireAssert.SharePointGet(request,
            "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/items" +
            "?$select=Id,VarselKey&$filter=VarselKey%20eq%20%27H2026%7Ckari%27%27s%7C2.1%27&$top=2");
    }
}
