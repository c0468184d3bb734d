namespace ChatCoach.Core.Chat;

/// <summary>The chat network a message came from. The core treats them alike; adapters translate.</summary>
public enum ChatPlatform
{
    Terminal,
    Telegram,
    Discord,
}
