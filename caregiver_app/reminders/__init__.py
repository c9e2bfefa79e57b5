"""Reminder glue (APScheduler QtScheduler as a ticker). Built in a later issue."""
