using System.Security.Cryptography;
using System.Text;

namespace PnpSamtale.Core.Conversations;

/// <summary>
/// A short, stable stand-in for a key that contains people's addresses (a conversation key): the first 16 hex
/// digits of its SHA-256. Used wherever a name must not show — form file names, notice keys, measure titles.
/// </summary>
public static class OpaqueKey
{
    /// <summary>The opaque form of <paramref name="key"/>.</summary>
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
