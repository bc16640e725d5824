namespace InteractionAnalytics.Storage.Users;

/// <summary>A user with the same name (compared without regard to case) already exists.</summary>
public sealed class UserExistsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UserExistsException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UserExistsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UserExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
