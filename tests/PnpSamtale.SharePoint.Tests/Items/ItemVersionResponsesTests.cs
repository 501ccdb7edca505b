using System.Net;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class ItemVersionResponsesTests
{
    // The shape SharePoint Online records for GET {item}/versions: Created without a zone, people as lookups.
    private const string Body = """
        {"value":[
          {"Created":"2026-11-02T09:15:04","IsCurrentVersion":true,"VersionId":1024,"VersionLabel":"2.0","ID":1,"Title":"Skjema","Status":"Gjennomført",
           "Holder":{"LookupId":7,"LookupValue":"Kari Nordmann","Email":"kari@contoso.com"},"Modified":"2026-11-02T09:15:04Z",
           "Author":{"LookupId":11,"LookupValue":"SharePoint App","Email":""},"Editor":{"LookupId":7,"LookupValue":"Kari Nordmann","Email":"kari@contoso.com"},"FSObjType":"0"},
          {"Created":"2026-11-01T08:00:00","IsCurrentVersion":false,"VersionId":512,"VersionLabel":"1.0","ID":1,"Title":"Skjema","Status":"Planlagt","Holder":null,
           "Author":{"LookupId":11,"LookupValue":"SharePoint App","Email":""},"Editor":{"LookupId":11,"LookupValue":"SharePoint App","Email":""}}]}
        """;

    [Fact]
    public void Read_RecordedShape_GivesEachVersionsEditorAndTheAskedColumns()
    {
        var versions = ItemVersionResponses.Read(WireResponse.FromText(HttpStatusCode.OK, [], Body), ["Status", "Holder"]);

        Assert.Equal([7, 11], versions.Select(v => v.EditorId));
        Assert.Equal(["Gjennomført", "Planlagt"], versions.Select(v => v.GetString("Status")));
        Assert.Equal(7, versions[0].GetLookupId("Holder"));
        Assert.Null(versions[1].GetLookupId("Holder"));
        Assert.False(versions[0].Values.ContainsKey("Title"));
        Assert.Equal(["2.0", "1.0"], versions.Select(v => v.VersionLabel));
        Assert.True(versions[0].IsCurrentVersion);
    }

    [Fact]
    public void Read_CreatedWithoutZone_IsUtcNotLocalTime()
    {
        var versions = ItemVersionResponses.Read(WireResponse.FromText(HttpStatusCode.OK, [], Body), []);

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 15, 4, TimeSpan.Zero), versions[0].Created);
        Assert.Equal(TimeSpan.Zero, versions[0].Created.Offset);
    }

    [Fact]
    public void Read_VersionWithoutVersionId_IsRefused() =>
        Assert.Throws<System.Text.Json.JsonException>(() =>
            ItemVersionResponses.Read(WireResponse.FromText(HttpStatusCode.OK, [], """{"value":[{"Created":"2026-11-01T08:00:00","VersionLabel":"1.0","IsCurrentVersion":true}]}"""), []));
}
