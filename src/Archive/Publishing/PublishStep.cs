namespace Archive.Publishing;

/// <summary>The points between the publisher's steps, where <see cref="PublishOptions.BetweenSteps"/> is called.</summary>
public enum PublishStep
{
    /// <summary>The lock is held and leftovers of interrupted builds are cleaned; nothing new is written yet.</summary>
    Locked,

    /// <summary>Every file is in the staging folder; the output folder is still the previous site.</summary>
    Staged,

    /// <summary>Two-rename swap only: the previous site was moved aside and the output path is empty for a moment.</summary>
    Retired,

    /// <summary>The new site is in place; the previous one is still on disk beside it, about to be deleted.</summary>
    Swapped,
}
