using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>The text keys of securable scopes in <c>role_assignments</c>.</summary>
internal static class ScopeKeys
{
    /// <summary>The (root) web.</summary>
    public const string Web = "web";

    /// <summary>A list.</summary>
    public static string List(Guid listId) => "list:" + StoreValues.Text(listId);

    /// <summary>An item.</summary>
    public static string Item(Guid listId, int itemId) => $"item:{StoreValues.Text(listId)}:{itemId}";

    /// <summary>The prefix of every item scope of a list.</summary>
    public static string ItemsOf(Guid listId) => $"item:{StoreValues.Text(listId)}:";
}
