using ChatCoach.Core.Chat;

namespace ChatCoach.Terminal.Tests;

public sealed class TerminalRendererTests
{
    [Fact]
    public void Titles_steps_bullets_and_buttons_render_readably()
    {
        var reply = new ReplyBuilder(ReplyKind.HowTo).Title("Deadlift").Steps(["Stand", "Lift"]).Bullets(["Bar close"]).Build()
            with { Actions = [new ReplyAction("Undo", "/undo")] };

        var text = TerminalRenderer.Render(reply);

        Assert.Equal("Deadlift\n────────\n  1. Stand\n  2. Lift\n  • Bar close\n[Undo: /undo]", text);
    }

    [Fact]
    public void Control_characters_from_users_cannot_move_the_cursor()
    {
        var reply = new ReplyBuilder(ReplyKind.Help).Line("hi \u001b[2Jthere\u0007").Build();

        Assert.Equal("hi ?[2Jthere?", TerminalRenderer.Render(reply));
    }
}
