using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Mail;

public sealed class MailRequestsTests
{
    [Fact]
    public void SendMail_Message_PostsTheDocumentedShape()
    {
        // wire-subset.md: POST /v1.0/users/{sender}/sendMail body {"message":{"subject","body":{"contentType","content"},
        // "toRecipients":[{"emailAddress":{"address","name"}}],"ccRecipients":[…]},"saveToSentItems":false}
        var message = new MailMessage("Påminnelse: samtale", MailContentType.Html, "<p>Frist tir. 3. nov.</p>", [new MailRecipient("kari@contoso.com", "Kari")])
        {
            Cc = [new MailRecipient("leder@contoso.com")],
        };

        var request = MailRequests.SendMail(TestSetup.Graph, "samtaler@contoso.com", message);

        WireAssert.Graph(request, HttpMethod.Post, "https://graph.microsoft.com/v1.0/users/samtaler@contoso.com/sendMail", """
            {"message":{"subject":"Påminnelse: samtale","body":{"contentType":"HTML","content":"<p>Frist tir. 3. nov.</p>"},
              "toRecipients":[{"emailAddress":{"address":"kari@contoso.com","name":"Kari"}}],
              "ccRecipients":[{"emailAddress":{"address":"leder@contoso.com"}}]},
             "saveToSentItems":false}
            """);
    }
}
