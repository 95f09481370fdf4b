namespace Visitation.Host.Features.Beskeder;

/// <summary>How the installation delivers outbound messages (section <c>Messages</c>; README, "Configuration").</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messages";

    /// <summary>Whether this node runs the dispatcher; tests switch it off and dispatch by hand.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a message becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; doubled after each further one, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a node holds a claimed message; a node that dies lets it go after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>The Studio's public address, for the link to the case in an e-mail (e.g. https://visitation.kommune.dk).</summary>
    public string? StudioBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>A folder with a serif TrueType font for PDF letters, looked in before the machine's usual font folders.</summary>
    public string? LetterFontFolder { get; set; }

    /// <summary>Where the development Digital Post adapter drops letters; none turns it off.</summary>
    public string? DigitalPostDropFolder { get; set; }
}

public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The installation's SMTP relay. E-mail is sent only when <see cref="Host"/> and <see cref="From"/> are set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Sign-in at the relay; keep the password in a secret store or environment variable (Messages__Smtp__Password).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? From { get; set; }

    public string FromName { get; set; } = "Visitation";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
