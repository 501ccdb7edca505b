namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>How a list's items get permissions of their own (the blueprint's <c>itemPermissions</c>).</summary>
public enum ItemPermissions
{
    /// <summary>Items inherit the list's permissions.</summary>
    None = 0,

    /// <summary>Each item carries its conversation's permissions (conversations, forms).</summary>
    Conversation,

    /// <summary>One folder per conversation carries its permissions; the items in it inherit them (measures).</summary>
    ConversationFolder,

    /// <summary>A round step's item is editable by the people of its responsible role (steps).</summary>
    Step,
}
