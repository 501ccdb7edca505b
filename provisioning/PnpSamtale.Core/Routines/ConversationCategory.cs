namespace PnpSamtale.Core.Routines;

/// <summary>A group of partners with their own form, e.g. postdoctoral fellows with the post.doc checklist.</summary>
/// <param name="Id">Stable id, matched against the roster's <c>category</c>.</param>
/// <param name="Title">Norwegian title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Form">The form (checklist) used for this category.</param>
/// <param name="CareerPlan">Whether the partner is offered a written career plan.</param>
public sealed record ConversationCategory(string Id, string Title, string TitleEn, string Form, bool CareerPlan);
