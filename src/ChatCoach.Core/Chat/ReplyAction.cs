namespace ChatCoach.Core.Chat;

/// <summary>
/// A button under a reply. Pressing it sends <see cref="Command"/> back to the core as if the user had typed it,
/// so buttons add no new paths through the core and carry no secrets.
/// </summary>
/// <param name="Label">What the button says.</param>
/// <param name="Command">The command it stands for, such as <c>/undo</c> or <c>/forget confirm</c> (at most 60 bytes).</param>
public sealed record ReplyAction(string Label, string Command);
