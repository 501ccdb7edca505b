using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>Sends one request and turns a failure into the client's typed exception.</summary>
internal static class TransportExtensions
{
    public static async Task<WireResponse> SendCheckedAsync(this WireTransport transport, WireRequest request, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccess();
        return response;
    }
}
