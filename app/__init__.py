"""GPAST Coordinator: log anti-trafficking work against the five GPAST focus areas."""

__version__ = "0.1.0"
APP_NAME = "GPAST Coordinator"
ORG_NAME = "GPAST"
