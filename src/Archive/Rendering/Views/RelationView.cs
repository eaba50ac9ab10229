namespace Archive.Rendering.Views;

/// <summary>A relation between groups as a sentence: "splinter of" + group, with since and note.</summary>
public sealed record RelationView(string Label, LinkView Group, DateView? Since, string? Note);
