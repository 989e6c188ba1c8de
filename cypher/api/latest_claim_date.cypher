// The date of the latest claim: where the change feed's window ends (read backwards from the claims-by-date index).
MATCH (c:Claim) WHERE c.date IS NOT NULL
RETURN c.date AS latest ORDER BY c.date DESC LIMIT 1;
