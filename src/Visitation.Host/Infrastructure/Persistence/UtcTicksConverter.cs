using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>Stores an instant as its UTC ticks; reads it back with offset zero.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
