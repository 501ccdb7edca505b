using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.Folders;

/// <summary>The outcome of creating a folder: its id, or that the name is taken in that folder, or refused values.</summary>
/// <param name="ItemId">The new folder's list item id; 0 when nothing was created.</param>
/// <param name="AlreadyExists">Whether a folder of that name already exists there (then nothing was created).</param>
/// <param name="Errors">Values SharePoint refused (the taken name excluded); empty on success.</param>
public sealed record FolderCreation(int ItemId, bool AlreadyExists, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Whether the folder was created.</summary>
    public bool Created => ItemId > 0;
}
