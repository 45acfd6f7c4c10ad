namespace Regio.Domain.Budgetten;

public enum Domein
{
    Wmo,
    Jeugd,
}
