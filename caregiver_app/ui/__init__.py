"""The Qt window. It changes data only through the services, then tells views to refresh."""
