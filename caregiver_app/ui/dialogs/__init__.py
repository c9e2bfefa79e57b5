"""dialogs layer."""
