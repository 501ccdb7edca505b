namespace PnpSamtale.SharePoint.Mail;

/// <summary>
/// The idempotency key of a message: a string single-value extended property
/// <c>String {namespace} Name {name}</c> carried by the draft and its copy in Sent Items, by which a message already
/// sent is found before anything is sent again. Graph compares the name exactly and the value without regard to case
/// (singlevaluelegacyextendedproperty-get), so values that differ only in case are the same key.
/// </summary>
/// <param name="Namespace">The property set GUID.</param>
/// <param name="Name">The property name: ASCII letters and digits.</param>
/// <param name="Value">The key value, e.g. a notice's key; 1 to 255 characters.</param>
public sealed record MailKey(Guid Namespace, string Name, string Value)
{
    /// <summary>PnpSamtale's property set for its mail keys.</summary>
    public static readonly Guid ProductNamespace = new("6d5c8a3e-2f41-4b7d-9c0e-5a1f3b8e7d24");

    /// <summary>The property name PnpSamtale's keys use.</summary>
    public const string ProductName = "PnpSamtaleKey";

    /// <summary>The extended property id, e.g. <c>String {6d5c8a3e-…} Name PnpSamtaleKey</c>.</summary>
    public string PropertyId => "String {" + Namespace.ToString("D") + "} Name " + Name;

    /// <summary>A key in PnpSamtale's property set.</summary>
    /// <exception cref="ArgumentException">The value is empty or longer than 255 characters.</exception>
    public static MailKey For(string value) => Checked(new MailKey(ProductNamespace, ProductName, value));

    /// <summary>The key, checked.</summary>
    /// <exception cref="ArgumentException">The name is not ASCII letters and digits, or the value is empty or longer than 255 characters.</exception>
    public static MailKey Checked(MailKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrEmpty(key.Name) || !key.Name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"The key's property name '{key.Name}' must be ASCII letters and digits.", nameof(key));
        }

        return string.IsNullOrEmpty(key.Value) || key.Value.Length > 255
            ? throw new ArgumentException($"The key's value must be 1 to 255 characters; found {key.Value?.Length ?? 0}.", nameof(key))
            : key;
    }
}
