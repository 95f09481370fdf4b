using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Visitation.Host.Infrastructure.Behaviors;
using Visitation.Host.Infrastructure.Errors;
using Visitation.Host.Infrastructure.Persistence;

namespace Visitation.Host.Features.Users;

/// <summary>The rules shared by every way a user with a password is created.</summary>
public static class NewUser
{
    public const int MinimumPasswordLength = 10;

    public static IEnumerable<ProblemError> Validate(string? username, string? displayName, string? password)
    {
        foreach (var error in FieldRules.Text("/username", username, 200)) yield return error;
        foreach (var error in FieldRules.Text("/displayName", displayName, 200)) yield return error;
        if (password is null || password.Length < MinimumPasswordLength)
            yield return ErrorMessages.Error("/password", "field.passwordTooShort", MinimumPasswordLength);
    }

    public static async Task<User> AddAsync(VisitationDbContext db, IPasswordHasher<User> hasher, TimeProvider clock,
        Guid? kommuneId, string username, string displayName, string password, IEnumerable<string> roles, CancellationToken cancellationToken,
        Guid? providerId = null)
    {
        var userName = username.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
            throw new ConflictException(ErrorMessages.Error("/username", "user.nameTaken"));
        var user = new User
        {
            Id = Guid.NewGuid(),
            KommuneId = kommuneId,
            UserName = userName,
            DisplayName = displayName.Trim(),
            Roles = roles.Distinct().ToList(),
            ProviderId = providerId,
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }
}
