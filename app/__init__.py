"""Profile Planner: plan a safe, well-set-up social media account."""

__version__ = "0.1.0"
APP_NAME = "Profile Planner"
APP_ID = "uk.gov.profileplanner.ProfilePlanner"
