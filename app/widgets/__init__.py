"""Reusable Qt pieces: card delegate, tier column, banners, chart items."""
