"""Caregiver companion: a private diary and care companion for families of a child
with autosomal recessive osteopetrosis caused by TNFSF11 (RANKL) variants."""

__version__ = "0.1.0"
APP_NAME = "caregiver-app"
APP_DISPLAY_NAME = "Caregiver Companion"
ORGANIZATION = "caregiver-companion"
