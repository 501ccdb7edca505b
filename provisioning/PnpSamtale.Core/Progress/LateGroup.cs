namespace PnpSamtale.Core.Progress;

/// <summary>A group of the late list.</summary>
/// <param name="Title">"Sofie Bakken (sofie.bakken@stinn.example)", "2.2 Medarbeidersamtale", "Trondheim".</param>
/// <param name="Person">The person, when grouped per holder and someone is responsible.</param>
/// <param name="Items">What is late, by deadline.</param>
public sealed record LateGroup(string Title, ProgressPerson? Person, IReadOnlyList<LateItem> Items);
