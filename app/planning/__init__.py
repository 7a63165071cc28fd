"""Pure computations: schedule, forecast, advisor, calibration (no Qt)."""
